package org.chalkpress.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.consent.DemoReleases;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.Account;
import org.chalkpress.people.PasswordHasher;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.agreement.PolicyAgreements;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.Enrollment;
import org.chalkpress.sites.Guardianship;
import org.chalkpress.sites.School;
import org.chalkpress.sites.SiteTeacher;
import org.chalkpress.sites.Slug;
import org.chalkpress.wiki.WikiEditForm;
import org.chalkpress.wiki.WikiService;

/**
 * A fictional district for trying Chalkpress: two schools, three class sites, teachers, about 25 students
 * a class with their parents, a few posts and wiki pages published through the gate like any other.
 */
@ApplicationScoped
public class DemoDistrict {

    public static final String PASSWORD = "chalkpress-demo";

    private static final String[] GIVEN = {"Maya", "Leo", "Aisha", "Noah", "Sofia", "Ethan", "Zara", "Lucas",
            "Priya", "Mateo", "Chloe", "Omar", "Hana", "Diego", "Ivy", "Kai", "Nora", "Samuel", "Lila", "Felix",
            "Amara", "Theo", "Rosa", "Jonah", "Mina", "Elias", "Yara", "Owen", "Tessa", "Ravi", "Elena", "Max"};
    private static final String[] FAMILY = {"Rivera", "Chen", "Okafor", "Johansson", "Patel", "Nguyen", "Garcia",
            "Kowalski", "Haddad", "Brooks", "Tanaka", "Murphy", "Silva", "Novak", "Adeyemi", "Larsen", "Moreau",
            "Khan", "Fischer", "Lopez", "Walsh", "Ito", "Mensah", "Dubois", "Reyes", "Sato", "Bianchi", "Osei"};

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    BlogService blog;

    @Inject
    PolicyAgreements agreements;

    @Inject
    WikiService wiki;

    @Inject
    DemoReleases releases;

    /** The sign-ins printed at start-up. */
    public record DemoSignIn(String username, String role, String note) { }

    @Transactional
    public List<DemoSignIn> seed() {
        // One hash shared by every demo account keeps start-up fast; real accounts each get their own salt.
        String hash = hasher.hash(PASSWORD);
        Random random = new Random(42);

        School maple = persist(new School(new Slug("maple-elementary"), "Maple Elementary School"));
        School high = persist(new School(new Slug("riverbend-high"), "Riverbend High School"));

        Account admin = person("admin", "Dana", "Whitfield", Role.DISTRICT_ADMIN, null, hash);
        Account comms = person("comms", "Jordan", "Ellis", Role.COMMUNICATIONS, null, hash);
        Account hill = person("ms.hill", "Rebecca", "Hill", Role.TEACHER, maple, hash).withEmail("r.hill@riverbend.example");
        Account ortiz = person("mr.ortiz", "Daniel", "Ortiz", Role.TEACHER, maple, hash).withEmail("d.ortiz@riverbend.example");
        Account chen = person("dr.chen", "Grace", "Chen", Role.TEACHER, high, hash).withEmail("g.chen@riverbend.example");

        // Demo staff have read the policy (clause AGREEMENT), so the sample posts can go through the gate.
        agreements.acknowledgeForDemo(List.of(admin, comms, hill, ortiz, chen));

        ClassSite grade4 = site(maple, "grade-4-hill", "Ms. Hill's Grade 4", hill);
        ClassSite grade2 = site(maple, "grade-2-ortiz", "Mr. Ortiz's Grade 2", ortiz);
        ClassSite biology = site(high, "biology-chen", "Dr. Chen's Biology", chen);

        List<Account> firstStudents = new ArrayList<>();
        int studentNo = 100200;
        int nameIndex = 0;
        for (ClassSite site : List.of(grade4, grade2, biology)) {
            School school = site.schoolId().equals(maple.id()) ? maple : high;
            for (int i = 0; i < 25; i++, nameIndex++) {
                String given = GIVEN[nameIndex % GIVEN.length];
                String family = FAMILY[(nameIndex * 7 + i) % FAMILY.length];
                String username = (given + "." + family).toLowerCase() + (nameIndex >= GIVEN.length ? nameIndex : "");
                Account student = person(username, given, family, Role.STUDENT, school, hash)
                        .withStudentRecord(String.valueOf(studentNo++), LocalDate.of(site == biology ? 2010 : 2016,
                                1 + random.nextInt(12), 1 + random.nextInt(28)))
                        .withDirectoryOptOut(i == 7);
                em.persist(new Enrollment(site.id(), student.id()));
                Account parent = person("parent." + username, pick(random, GIVEN), family, Role.PARENT, null, hash);
                parent.withEmail("parent." + username + "@families.example");
                em.persist(new Guardianship(parent.id(), student.id()));
                if (i == 0) {
                    firstStudents.add(student);
                }
            }
        }
        em.flush();
        releases.seed(firstStudents.get(0), hill);

        Viewer asHill = Viewer.of(hill);
        post(asHill, grade4, "Welcome to Grade 4!", "<p>Welcome, families! This blog is where we share what"
                + " we learn each week. Look out for photos of our projects and notes about upcoming events.</p>",
                "news", "public");
        post(asHill, grade4, "Our field trip to the Riverbend Nature Center", "<p>On Thursday we hiked the"
                + " marsh trail and counted <strong>14 kinds of birds</strong>. Back in class we drew maps of the"
                + " trail and wrote field notes.</p><p>Read more about the center on"
                + " <a href=\"https://example.org/nature-center\">their website</a>.</p>", "science, field trip", "class");
        post(asHill, grade4, "Spelling bee next Friday", "<p>Our class spelling bee is next Friday at 10:00."
                + " Practice lists went home today.</p>", "events", "district");
        post(Viewer.of(ortiz), grade2, "Seeds are sprouting", "<p>Our bean plants grew 3 cm this week!"
                + " Ask your child which seed sprouted first.</p>", "science", "class");
        post(Viewer.of(chen), biology, "Lab safety reminders", "<p>Goggles on, hair tied back, and no food in"
                + " the lab. We start the microscopy unit on Monday.</p>", "lab", "public");

        wikiPage(asHill, grade4, "Glossary", "Words we are learning in our wetlands unit:\n\n"
                + "| Word | Meaning |\n|---|---|\n| habitat | the place where an animal or plant lives |\n"
                + "| marsh | wet, grassy land near water |\n| migration | a journey animals make each season |\n\n"
                + "Add a word you learned! See also [[Field trip notes]].");
        wikiPage(asHill, grade4, "Field trip notes", "## Riverbend Nature Center\n\n"
                + "We walked the marsh trail and counted **14 kinds of birds**. Write one thing you noticed below.\n\n"
                + "- The herons stood very still.\n- The water smelled like mud.\n\nWords to know: [[Glossary]].");
        wiki.letStudentsEdit(asHill, grade4, true);

        List<DemoSignIn> signIns = new ArrayList<>();
        signIns.add(new DemoSignIn("admin", "District administrator", ""));
        signIns.add(new DemoSignIn("comms", "Communications staff", ""));
        signIns.add(new DemoSignIn("ms.hill", "Teacher", grade4.title()));
        signIns.add(new DemoSignIn("mr.ortiz", "Teacher", grade2.title()));
        signIns.add(new DemoSignIn("dr.chen", "Teacher", biology.title()));
        signIns.add(new DemoSignIn(firstStudents.get(0).username(), "Student", grade4.title()));
        signIns.add(new DemoSignIn("parent." + firstStudents.get(0).username(), "Parent", grade4.title()));
        signIns.add(new DemoSignIn("parent." + firstStudents.get(1).username(), "Parent", grade2.title()));
        return signIns;
    }

    private void post(Viewer teacher, ClassSite site, String title, String body, String tags, String audience) {
        ContentItem item = blog.saveDraft(teacher, site.slug(), null, new PostForm(title, body, tags, audience));
        blog.publish(teacher, item.id(), Acknowledgement.WARNINGS);
    }

    private void wikiPage(Viewer teacher, ClassSite site, String title, String markdown) {
        wiki.save(teacher, site.slug(), null, new WikiEditForm(title, markdown, "First version", null, "class"),
                Acknowledgement.WARNINGS);
    }

    private ClassSite site(School school, String slug, String title, Account teacher) {
        ClassSite site = persist(new ClassSite(school, new Slug(slug), title));
        em.persist(new SiteTeacher(site.id(), teacher.id()));
        return site;
    }

    private Account person(String username, String given, String family, Role role, School school, String hash) {
        Account account = new Account(username, given, family, role);
        account.setPasswordHash(hash);
        if (school != null) {
            account.atSchool(school.id());
        }
        return persist(account);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private static String pick(Random random, String[] names) {
        return names[random.nextInt(names.length)];
    }
}
