package org.chalkpress.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every container test uses: the application exactly as packaged, plus the test
 * helpers. Container tests run in the integration-test phase, after the war is built.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive chalkpress() {
        File war = new File(System.getProperty("chalkpress.war", "target/chalkpress.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage(Deployments.class.getPackage());
    }
}
