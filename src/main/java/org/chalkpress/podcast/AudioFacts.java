package org.chalkpress.podcast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.chalkpress.media.MediaType;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;

/**
 * What podcast apps need to know about an episode's audio, read from the file itself: how long it plays and
 * its bitrate. The byte size and SHA-256 come from storage, which already knows them exactly.
 */
public record AudioFacts(long durationSeconds, long bitrateKbps) {

    /**
     * Reads MP3 or M4A audio (jaudiotagger picks its reader by file extension, so the file is copied under the
     * extension the media library decided from the content).
     */
    public static AudioFacts read(Path audio, MediaType type) {
        if (type != MediaType.MP3 && type != MediaType.M4A) {
            throw new IllegalArgumentException("Episodes are MP3 or M4A audio; this file is " + type.mimeType()
                    + ". Export the recording as MP3 or M4A and upload it again.");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("episode-", "." + type.extension());
            Files.copy(audio, copy, StandardCopyOption.REPLACE_EXISTING);
            AudioFile file = AudioFileIO.read(copy.toFile());
            AudioHeader header = file.getAudioHeader();
            long seconds = Math.round(header.getPreciseTrackLength());
            if (seconds <= 0) {
                throw new IllegalArgumentException("The audio plays for no time at all. Check the recording and"
                        + " upload it again.");
            }
            return new AudioFacts(seconds, header.getBitRateAsNumber());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("The audio could not be read as " + type.extension().toUpperCase()
                    + " (" + e.getMessage() + "). Export the recording again and upload the new file.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // A stray copy in the temporary directory is harmless.
                }
            }
        }
    }
}
