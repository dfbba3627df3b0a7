package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phone videos and voice memos come out of the library without their position, names and comments, and still play. */
class HiddenMetadataTest {

    @TempDir
    Path dir;

    private Path copyOf(String fixture, String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(Path.of(getClass().getResource("/media/" + fixture).toURI()), copy);
        return copy;
    }

    private static String text(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPhoneVideoLosesItsGpsPositionAndNamesAndStillPlaysForItsFullLength() throws Exception {
        Path video = copyOf("phone-video-with-location.mp4", "video.mp4");
        long size = Files.size(video);
        assertTrue(text(video).contains("\u00A9xyz"), "the fixture carries a ©xyz atom");
        assertNotNull(ImageMetadataReader.readMetadata(video.toFile()).getFirstDirectoryOfType(Mp4Directory.class)
                .getObject(Mp4Directory.TAG_LATITUDE));

        HiddenMetadata.removeFrom(video, MediaType.MP4);

        String bytes = text(video);
        assertFalse(bytes.contains("\u00A9xyz"), "no ©xyz atom");
        assertFalse(bytes.contains("+47.6062-122.3321"), "no position anywhere");
        assertFalse(bytes.contains("Leo Haddad"), "no artist name");
        assertFalse(bytes.contains("Leo at the farm"), "no title");
        assertEquals(size, Files.size(video), "nothing moved, so the sample offsets still point at the pictures");
        var metadata = ImageMetadataReader.readMetadata(video.toFile());
        Mp4Directory movie = metadata.getFirstDirectoryOfType(Mp4Directory.class);
        assertNull(movie.getObject(Mp4Directory.TAG_LATITUDE));
        assertEquals(1000, movie.getLong(Mp4Directory.TAG_DURATION));
        assertEquals(64, metadata.getFirstDirectoryOfType(Mp4VideoDirectory.class).getInt(Mp4VideoDirectory.TAG_WIDTH));
    }

    @Test
    void aVoiceMemoMp3LosesItsId3ArtistAndCommentAndKeepsItsLength() throws Exception {
        Path memo = copyOf("voice-memo-with-tags.mp3", "memo.mp3");
        MP3File before = (MP3File) AudioFileIO.read(memo.toFile());
        assertEquals("Maya Chen", before.getID3v2Tag().getFirst(FieldKey.ARTIST));
        assertTrue(before.hasID3v1Tag());

        HiddenMetadata.removeFrom(memo, MediaType.MP3);

        assertFalse(text(memo).contains("Maya Chen"));
        assertFalse(text(memo).contains("Elm Street"));
        MP3File after = (MP3File) AudioFileIO.read(memo.toFile());
        assertFalse(after.hasID3v2Tag());
        assertFalse(after.hasID3v1Tag());
        assertEquals(2, Math.round(after.getAudioHeader().getPreciseTrackLength()));
    }

    @Test
    void thePodcastToneStillReadsAsThreeSecondsAt64Kbps() throws Exception {
        Path tone = copyOf("../podcast/book-talk-tone.mp3", "tone.mp3");

        HiddenMetadata.removeFrom(tone, MediaType.MP3);

        AudioFile after = AudioFileIO.read(tone.toFile());
        assertEquals(3, Math.round(after.getAudioHeader().getPreciseTrackLength()));
        assertEquals(64, after.getAudioHeader().getBitRateAsNumber());
    }

    @Test
    void anM4aRecordingLosesItsNamesCommentAndPlace() throws Exception {
        Path memo = copyOf("voice-memo-with-tags.m4a", "memo.m4a");
        assertEquals("Maya Chen", AudioFileIO.read(memo.toFile()).getTag().getFirst(FieldKey.ARTIST));

        HiddenMetadata.removeFrom(memo, MediaType.M4A);

        String bytes = text(memo);
        assertFalse(bytes.contains("Maya Chen"));
        assertFalse(bytes.contains("Elm Street"));
        assertFalse(bytes.contains("loci"), "no 3GPP location box");
        AudioFile after = AudioFileIO.read(memo.toFile());
        Tag tag = after.getTag();
        assertTrue(tag == null || tag.getFirst(FieldKey.ARTIST).isEmpty());
        assertEquals(1, Math.round(after.getAudioHeader().getPreciseTrackLength()));
    }

    @Test
    void anOggVorbisRecordingLosesItsCommentsAndStillReads() throws Exception {
        Path memo = copyOf("voice-memo-with-tags.ogg", "memo.ogg");
        assertEquals("Maya Chen", AudioFileIO.read(memo.toFile()).getTag().getFirst(FieldKey.ARTIST));

        HiddenMetadata.removeFrom(memo, MediaType.OGG);

        assertFalse(text(memo).contains("Maya Chen"));
        assertFalse(text(memo).contains("Elm Street"));
        AudioFile after = AudioFileIO.read(memo.toFile());
        assertTrue(after.getTag().getFirst(FieldKey.ARTIST).isEmpty());
        assertEquals(1, Math.round(after.getAudioHeader().getPreciseTrackLength()));
    }

    @Test
    void aCommentTooLongForOneOggPageIsRemovedAndTheLaterPagesAreRenumbered() throws Exception {
        Path memo = copyOf("voice-memo-with-long-comment.ogg", "long.ogg");
        assertEquals(List.of(0, 1, 2, 3), pageNumbers(memo), "the comment fills two pages");

        HiddenMetadata.removeFrom(memo, MediaType.OGG);

        assertEquals(List.of(0, 1, 2), pageNumbers(memo));
        assertFalse(text(memo).contains("Cover picture"));
        AudioFile after = AudioFileIO.read(memo.toFile());
        assertTrue(after.getTag().getFirst(FieldKey.ARTIST).isEmpty());
        assertEquals(1, Math.round(after.getAudioHeader().getPreciseTrackLength()));
    }

    private static List<Integer> pageNumbers(Path ogg) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(ogg)).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> numbers = new ArrayList<>();
        for (int at = 0; at < bytes.limit(); ) {
            numbers.add(bytes.getInt(at + 18));
            int segments = bytes.get(at + 26) & 0xFF;
            int body = 0;
            for (int n = 0; n < segments; n++) {
                body += bytes.get(at + 27 + n) & 0xFF;
            }
            at += 27 + segments + body;
        }
        return numbers;
    }

    @Test
    void anOggOpusRecordingLosesItsTagsAndKeepsItsAudioPagesByteForByte() throws Exception {
        Path memo = copyOf("voice-memo-with-tags.opus.ogg", "memo.ogg");
        byte[] before = Files.readAllBytes(memo);
        int audioStart = text(memo).indexOf("OggS", text(memo).indexOf("OpusTags"));

        HiddenMetadata.removeFrom(memo, MediaType.OGG);

        byte[] after = Files.readAllBytes(memo);
        String bytes = new String(after, StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Maya Chen"));
        assertFalse(bytes.contains("Elm Street"));
        assertTrue(bytes.startsWith("OpusHead", 28));
        int tail = before.length - audioStart;
        assertArrayEquals(Arrays.copyOfRange(before, audioStart, before.length),
                Arrays.copyOfRange(after, after.length - tail, after.length));
    }

    @Test
    void aWebmVideoLosesItsTagsAndKeepsEveryClusterWhereItWas() throws Exception {
        Path video = copyOf("phone-video-with-tags.webm", "video.webm");
        String before = text(video);
        String cluster = "\u001F\u0043\u00B6\u0075";
        assertTrue(before.contains("Leo Haddad"));

        HiddenMetadata.removeFrom(video, MediaType.WEBM);

        String after = text(video);
        assertFalse(after.contains("Leo Haddad"));
        assertFalse(after.contains("Leo at the farm"));
        assertFalse(after.contains("47.6062"));
        assertEquals(before.length(), after.length());
        assertEquals(before.indexOf(cluster), after.indexOf(cluster));
        assertEquals(before.substring(before.indexOf(cluster)), after.substring(after.indexOf(cluster)),
                "the pictures are untouched");
    }

    @Test
    void aCutOffVideoIsRefusedWithWhatToDo() throws Exception {
        Path video = copyOf("phone-video-with-location.mp4", "cut.mp4");
        byte[] bytes = Files.readAllBytes(video);
        Files.write(video, Arrays.copyOf(bytes, bytes.length / 2));

        MediaRefusedException refused = assertThrows(MediaRefusedException.class,
                () -> HiddenMetadata.removeFrom(video, MediaType.MP4));

        assertTrue(refused.getMessage().contains("damaged or incomplete"), refused.getMessage());
        assertTrue(refused.getMessage().contains("upload the new file"), refused.getMessage());
    }
}
