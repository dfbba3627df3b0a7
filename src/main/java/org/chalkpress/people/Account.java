package org.chalkpress.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.RosterStudent;

/** A person who signs in: staff, a student or a parent. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "student_number")
    private String studentNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "directory_opt_out", nullable = false)
    private boolean directoryOptOut;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "sourced_id")
    private String sourcedId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Account() {
    }

    public Account(String username, String givenName, String familyName, Role role) {
        this.username = normaliseUsername(username);
        this.givenName = givenName;
        this.familyName = familyName;
        this.displayName = (givenName + " " + familyName).strip();
        this.role = role;
        this.createdAt = Clock.now();
    }

    public static String normaliseUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A username is required");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String email() { return email; }
    public Role role() { return role; }
    public Long schoolId() { return schoolId; }
    public String studentNumber() { return studentNumber; }
    public LocalDate birthDate() { return birthDate; }
    public boolean directoryOptOut() { return directoryOptOut; }
    public String passwordHash() { return passwordHash; }
    public String sourcedId() { return sourcedId; }
    public boolean enabled() { return enabled; }

    public Account withEmail(String address) { this.email = address; return this; }
    public Account atSchool(Long school) { this.schoolId = school; return this; }
    public Account withStudentRecord(String number, LocalDate born) {
        this.studentNumber = number;
        this.birthDate = born;
        return this;
    }
    public Account withDirectoryOptOut(boolean optOut) { this.directoryOptOut = optOut; return this; }
    public Account linkToRoster(String rosterSourcedId) { this.sourcedId = rosterSourcedId; return this; }

    public void rename(String given, String family) {
        this.givenName = given;
        this.familyName = family;
        this.displayName = (given + " " + family).strip();
    }

    public void changeRole(Role newRole) { this.role = newRole; }
    public void setPasswordHash(String hash) { this.passwordHash = hash; }
    public void disable() { this.enabled = false; }
    public void setEnabled(boolean isEnabled) { this.enabled = isEnabled; }

    /** How the policy rules see this student. */
    public RosterStudent asRosterStudent() {
        return new RosterStudent(givenName, familyName, studentNumber, birthDate, directoryOptOut);
    }
}
