package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypeDetectorTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        assertEquals(MediaType.JPEG, MediaTypeDetector.detect(file("song.mp3", TestImages.jpeg(20, 20))));
        assertEquals(MediaType.PNG, MediaTypeDetector.detect(file("photo.jpg",
                TestImages.png(TestImages.picture(20, 20)))));
        assertEquals(MediaType.GIF, MediaTypeDetector.detect(file("a.png",
                TestImages.encode(TestImages.picture(20, 20), "gif"))));
    }

    @Test
    void aWebPageRenamedToLookLikeAPhotoIsRefused() throws Exception {
        Path fake = file("class-photo.jpg",
                "<html><script>alert('hi')</script></html>".getBytes(StandardCharsets.UTF_8));

        MediaRefusedException refused = assertThrows(MediaRefusedException.class,
                () -> MediaTypeDetector.detect(fake));

        assertTrue(refused.getMessage().contains("whatever its name says"), refused.getMessage());
    }

    @Test
    void svgIsRefusedWithTheReason() throws Exception {
        Path svg = file("drawing.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));

        MediaRefusedException refused = assertThrows(MediaRefusedException.class, () -> MediaTypeDetector.detect(svg));

        assertTrue(refused.getMessage().contains("SVG"), refused.getMessage());
    }

    @Test
    void audioAndVideoAreRecognisedByTheirHeaders() throws Exception {
        byte[] mp3 = concat("ID3".getBytes(StandardCharsets.US_ASCII), new byte[] {4, 0, 0, 0, 0, 0, 0},
                new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, new byte[400]);
        byte[] m4a = concat(new byte[] {0, 0, 0, 0x20}, "ftypM4A \0\0\0\0M4A mp42isom".getBytes(StandardCharsets.US_ASCII),
                new byte[64]);
        byte[] mp4 = concat(new byte[] {0, 0, 0, 0x20}, "ftypisom\0\0\2\0isomiso2avc1mp41".getBytes(StandardCharsets.US_ASCII),
                new byte[64]);
        byte[] webm = concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86,
                (byte) 0x81, 0x01, 0x42, (byte) 0xF7, (byte) 0x81, 0x01, 0x42, (byte) 0xF2, (byte) 0x81, 0x04, 0x42,
                (byte) 0xF3, (byte) 0x81, 0x08, 0x42, (byte) 0x82, (byte) 0x84}, "webm".getBytes(StandardCharsets.US_ASCII),
                new byte[64]);

        assertEquals(MediaType.MP3, MediaTypeDetector.detect(file("a.bin", mp3)));
        assertEquals(MediaType.M4A, MediaTypeDetector.detect(file("a.bin", m4a)));
        assertEquals(MediaType.MP4, MediaTypeDetector.detect(file("a.bin", mp4)));
        assertEquals(MediaType.WEBM, MediaTypeDetector.detect(file("a.bin", webm)));
    }

    private static byte[] concat(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }
}
