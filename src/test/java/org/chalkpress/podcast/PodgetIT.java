package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real podcast client, Debian's podget (wget underneath), subscribes to the running instance's public feed
 * and to a parent's private feed, and downloads the episodes: the files must be byte-identical to the upload.
 * Needs {@code podget} on the PATH ({@code apt-get install podget}; .ci/run installs it).
 */
@ExtendWith(ArquillianExtension.class)
class PodgetIT {

    private static final String TONE = "podcast/book-talk-tone.mp3";

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress().addAsResource(TONE);
    }

    @ArquillianResource
    URL base;

    @Inject
    PodcastService podcasts;

    @Inject
    ParentFeeds parentFeeds;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private static byte[] tone() throws IOException {
        try (InputStream in = PodgetIT.class.getClassLoader().getResourceAsStream(TONE)) {
            return in.readAllBytes();
        }
    }

    private ContentItem published(String title, Audience audience) throws IOException {
        Viewer teacher = as(DemoPeople.TEACHER);
        ContentItem item = podcasts.saveDraft(teacher, DemoPeople.GRADE4, null, new EpisodeForm(title,
                "<p>Recorded in room 12.</p>", audience, 2, 1, "", Set.of()));
        try (InputStream audio = PodgetIT.class.getClassLoader().getResourceAsStream(TONE)) {
            podcasts.attachAudio(teacher, item.id(), "tone.mp3", audio);
        }
        podcasts.attachTranscript(teacher, item.id(), "We hear a tone for three seconds.");
        assertTrue(podcasts.publish(teacher, item.id(), Acknowledgement.WARNINGS).published());
        return item;
    }

    @Test
    void podgetSubscribesToThePublicAndAPrivateFeedAndDownloadsTheEpisodesByteForByte() throws Exception {
        ContentItem open = published("Podget public episode", Audience.PUBLIC);
        ContentItem family = published("Podget family episode", Audience.CLASS);
        String token = parentFeeds.issue(as(DemoPeople.PARENT_WITH_RELEASE),
                directory.site(DemoPeople.GRADE4).orElseThrow()).token();
        String root = base.toString().replaceAll("/$", "") + "/sites/" + DemoPeople.GRADE4 + "/podcast/";

        Path work = Files.createTempDirectory("podget-it");
        Path config = Files.createDirectories(work.resolve("config"));
        Path library = Files.createDirectories(work.resolve("library"));
        Files.writeString(config.resolve("serverlist"), root + "feed.xml Grade4 Public\n"
                + root + "private/" + token + "/feed.xml Grade4 Family\n");
        ProcessBuilder command = new ProcessBuilder("podget", "--dir_config", config.toString(), "--dir_session",
                work.toString(), "--library", library.toString(), "--serverlist", "serverlist", "--no-playlist", "-v")
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("podget.log").toFile());
        // The feed names the instance by its configured public address (chalkpress.base.url), while the test
        // instance listens on a random port: wget reaches it through it as a proxy, as a reverse proxy would.
        command.environment().put("http_proxy", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        command.environment().remove("no_proxy");
        command.environment().remove("NO_PROXY");
        Process podget = command.start();
        assertTrue(podget.waitFor(3, TimeUnit.MINUTES), "podget did not finish");
        String log = Files.readString(work.resolve("podget.log"), StandardCharsets.UTF_8);
        assertEquals(0, podget.exitValue(), log);

        Path publicFile = library.resolve("Grade4/Public/" + open.id() + ".mp3");
        Path familyFile = library.resolve("Grade4/Family/" + family.id() + ".mp3");
        assertTrue(Files.exists(publicFile), log + "\n" + listing(library));
        assertArrayEquals(tone(), Files.readAllBytes(publicFile));
        assertTrue(Files.exists(familyFile), log + "\n" + listing(library));
        assertArrayEquals(tone(), Files.readAllBytes(familyFile));
        assertTrue(!Files.exists(library.resolve("Grade4/Public/" + family.id() + ".mp3")),
                "the class episode is not in the public feed");
    }

    private static String listing(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            List<String> names = files.map(Path::toString).toList();
            return String.join(File.pathSeparator, names);
        }
    }
}
