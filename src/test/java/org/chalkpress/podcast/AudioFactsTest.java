package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chalkpress.media.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioFactsTest {

    @Test
    void readsDurationAndBitrateFromTheToneFixture() throws Exception {
        Path tone = Path.of(getClass().getResource("/podcast/book-talk-tone.mp3").toURI());
        AudioFacts facts = AudioFacts.read(tone, MediaType.MP3);
        assertEquals(3, facts.durationSeconds());
        assertEquals(64, facts.bitrateKbps());
    }

    @Test
    void somethingThatIsNotAudioIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("x.mp3"), "not audio at all, just words");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AudioFacts.read(junk, MediaType.MP3));
        assertEquals(true, e.getMessage().contains("upload the new file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AudioFacts.read(junk, MediaType.OGG));
    }
}
