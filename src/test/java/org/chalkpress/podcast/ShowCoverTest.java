package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ShowCoverTest {

    @Test
    void aSquarePngOfAppleSizeInTheSchoolsColoursWithTheClassName() throws Exception {
        byte[] png = ShowCover.render("Grade 4 at Hill Elementary with a title long enough to wrap twice",
                "Riverbend USD · Podcast", 0x1d4f73, 0xffffff);

        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1400, cover.getWidth());
        assertEquals(1400, cover.getHeight(), "square, 1,400-3,000 pixels: what podcast apps accept");
        assertEquals(0x1d4f73, cover.getRGB(5, 5) & 0xffffff, "the school's colour");
        long written = 0;
        for (int y = 140; y < 700; y += 2) {
            for (int x = 140; x < 1260; x += 2) {
                written += (cover.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        assertTrue(written > 1000, "the class name is written on it");
    }
}
