package org.chalkpress.sites.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One theme's folder, on disk or on the class path. File names reaching it are plain names, never paths. */
interface ThemeFolder {

    /** How to name the file in a message a district editor reads. */
    String describe(String fileName);

    Optional<byte[]> read(String fileName);

    static ThemeFolder onDisk(Path directory) {
        return new OnDisk(directory);
    }

    static ThemeFolder onClassPath(ClassLoader loader, String resourcePrefix) {
        return new OnClassPath(loader, resourcePrefix);
    }

    record OnDisk(Path directory) implements ThemeFolder {

        @Override
        public String describe(String fileName) {
            return directory.resolve(fileName).toString();
        }

        @Override
        public Optional<byte[]> read(String fileName) {
            Path file = directory.resolve(fileName).normalize();
            if (!file.getParent().equals(directory.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                // A symbolic link may point anywhere; serve only files that really live in the theme folder.
                if (!file.toRealPath().getParent().equals(directory.toRealPath())) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read theme file " + file, e);
            }
        }
    }

    record OnClassPath(ClassLoader loader, String resourcePrefix) implements ThemeFolder {

        @Override
        public String describe(String fileName) {
            return resourcePrefix + fileName + " (class path)";
        }

        @Override
        public Optional<byte[]> read(String fileName) {
            try (InputStream in = loader.getResourceAsStream(resourcePrefix + fileName)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read theme resource " + resourcePrefix + fileName, e);
            }
        }
    }
}
