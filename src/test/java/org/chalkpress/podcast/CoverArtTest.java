package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverArtTest {

    @Test
    void aSquareOfFourteenHundredToThreeThousandPixelsFits() {
        assertEquals(Optional.empty(), CoverArt.problemWith("cover.png", 1400, 1400));
        assertEquals(Optional.empty(), CoverArt.problemWith("cover.png", 2048, 2048));
        assertEquals(Optional.empty(), CoverArt.problemWith("cover.png", 3000, 3000));
    }

    @Test
    void anOblongImageIsRefusedWithItsSizeAndWhatToDo() {
        String problem = CoverArt.problemWith("class-photo.jpg", 2048, 1536).orElseThrow();
        assertTrue(problem.contains("square"), problem);
        assertTrue(problem.contains("\"class-photo.jpg\" is 2,048 × 1,536 pixels."), problem);
        assertTrue(problem.contains("1,400 to 3,000"), problem);
    }

    @Test
    void aSmallSquareIsRefused() {
        String problem = CoverArt.problemWith("logo.png", 1399, 1399).orElseThrow();
        assertTrue(problem.contains("1,400 to 3,000 pixels a side"), problem);
        assertTrue(problem.contains("1,399 × 1,399"), problem);
    }
}
