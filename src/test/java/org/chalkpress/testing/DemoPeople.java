package org.chalkpress.testing;

/** Sign-ins of the demo district that container tests start with (see DemoDistrict). */
public final class DemoPeople {

    public static final String PASSWORD = "chalkpress-demo";
    public static final String TEACHER = "ms.hill";
    public static final String OTHER_TEACHER = "dr.chen";
    public static final String COMMS = "comms";
    public static final String GRADE4 = "grade-4-hill";
    public static final String BIOLOGY = "biology-chen";
    /** Grade 4; guardian released photos, video and voice for the class and district, refused the name in public. */
    public static final String STUDENT_WITH_RELEASE = "maya.rivera";
    /** Grade 4; no media release of any kind. */
    public static final String STUDENT_WITHOUT_RELEASE = "leo.haddad";
    public static final String PARENT_WITH_RELEASE = "parent.maya.rivera";
    /** A grade 2 parent: not a guardian of any grade 4 student. */
    public static final String OTHER_PARENT = "parent.elias.kowalski";
    public static final String ADMIN = "admin";

    private DemoPeople() {
    }
}
