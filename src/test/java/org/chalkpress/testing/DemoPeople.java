package org.chalkpress.testing;

/** Sign-ins of the demo district that container tests start with (see DemoDistrict). */
public final class DemoPeople {

    public static final String PASSWORD = "chalkpress-demo";
    public static final String TEACHER = "ms.hill";
    public static final String OTHER_TEACHER = "dr.chen";
    public static final String COMMS = "comms";
    public static final String GRADE4 = "grade-4-hill";
    public static final String BIOLOGY = "biology-chen";

    private DemoPeople() {
    }
}
