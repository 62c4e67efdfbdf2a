package org.twinninglive.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of stored files, on disk: {@code TWINNING_FILES_DIR} ({@code twinning.files-dir}),
 * by default {@code twinning/files} in the server's data directory, beside the search index. A
 * cluster's nodes share it (a network volume). Files follow the transaction of their row: bytes
 * written for a row that is rolled back are removed, and bytes of removed rows are deleted only
 * once the removal is committed. Only {@link FileStore} reads and writes here.
 */
@ApplicationScoped
public class FileDirectory {

    private static final Logger LOG = Logger.getLogger(FileDirectory.class.getName());
    private static final String THUMBNAIL = ".thumbnail";

    @Inject
    @ConfigProperty(name = "twinning.files-dir")
    Optional<String> configured;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Path root;

    /** Writes a file's bytes (and thumbnail); they stay only if the current transaction commits. */
    public void write(String id, byte[] content, byte[] thumbnail) {
        afterCompletion(committed -> {
            if (!committed) {
                delete(id);
            }
        });
        try {
            put(path(id, false), content);
            if (thumbnail != null) {
                put(path(id, true), thumbnail);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("file " + id + " could not be written", failed);
        }
    }

    /** The bytes of a file or of its thumbnail; empty if they are missing. */
    public Optional<InputStream> open(String id, boolean thumbnail) {
        try {
            return Optional.of(Files.newInputStream(path(id, thumbnail)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException("file " + id + " could not be read", failed);
        }
    }

    public long size(String id, boolean thumbnail) {
        try {
            return Files.size(path(id, thumbnail));
        } catch (IOException failed) {
            throw new UncheckedIOException("file " + id + " could not be read", failed);
        }
    }

    /** Deletes these files' bytes once the current transaction commits (at once without one). */
    public void deleteAfterCommit(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            ids.forEach(this::delete);
            return;
        }
        afterCompletion(committed -> {
            if (committed) {
                ids.forEach(this::delete);
            }
        });
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void delete(String id) {
        try {
            Files.deleteIfExists(path(id, false));
            Files.deleteIfExists(path(id, true));
        } catch (IOException failed) {
            // the row is gone: the bytes are unreachable, and the log says where they are
            LOG.log(Level.WARNING, failed, () -> "The bytes of file " + id + " could not be deleted");
        }
    }

    /** Written beside, then moved in place: a reader never sees half a file. */
    private static void put(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Spread over 256 directories by the id's first two characters. */
    private Path path(String id, boolean thumbnail) {
        if (!FileRepository.isFileId(id)) {
            throw new IllegalArgumentException("not a file id: " + id);
        }
        return root().resolve(id.substring(0, 2)).resolve(thumbnail ? id + THUMBNAIL : id);
    }

    private Path root() {
        Path known = root;
        if (known == null) {
            known = configured.filter(dir -> !dir.isBlank()).map(Path::of).orElseGet(() -> {
                String data = System.getProperty("jboss.server.data.dir");
                if (data == null) {
                    throw new IllegalStateException("set twinning.files-dir: there is no jboss.server.data.dir");
                }
                return Path.of(data, "twinning", "files");
            });
            root = known;
        }
        return known;
    }
}
