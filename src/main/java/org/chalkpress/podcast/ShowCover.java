package org.chalkpress.podcast;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The podcast's own cover when no episode has cover art: a square in the school's colours with the class's
 * name. Podcast apps (Apple's rules) take only a JPEG or PNG square of 1,400–3,000 pixels as the show's image,
 * which a theme's SVG logo is not.
 */
public final class ShowCover {

    public static final int SIDE = 1400;
    private static final int MARGIN = 140;

    private ShowCover() {
    }

    /** A PNG of {@link #SIDE} pixels square: {@code title} large, {@code byline} small, on {@code background}. */
    public static byte[] render(String title, String byline, int background, int foreground) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(background));
            g.fillRect(0, 0, SIDE, SIDE);
            g.setColor(new Color(foreground));
            g.fillRect(MARGIN, SIDE - MARGIN - 24, SIDE - 2 * MARGIN, 24);
            writeWords(g, title, byline);
        } catch (RuntimeException | Error noFonts) {
            // A machine without fonts still gets a valid cover: the colours alone.
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void writeWords(Graphics2D g, String title, String byline) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = 150;
        List<String> lines;
        do {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            lines = wrap(title, g.getFontMetrics(), SIDE - 2 * MARGIN);
            size -= 10;
        } while (size > 50 && lines.size() * g.getFontMetrics().getHeight() > SIDE / 2);
        FontMetrics titleMetrics = g.getFontMetrics();
        int y = MARGIN + titleMetrics.getAscent();
        for (String line : lines) {
            g.drawString(line, MARGIN, y);
            y += titleMetrics.getHeight();
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
        g.drawString(byline, MARGIN, SIDE - MARGIN - 24 - g.getFontMetrics().getDescent() - 40);
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
