package org.twinninglive.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stored files' rows; every query is served by the primary key or an index of V10: (owner,
 * owner_id) for a thing's files and the unattached, (uploader_id, owner) for a person's uploads.
 */
@ApplicationScoped
public class FileRepository {

    /** Ids are UUIDs: anything else is no file, and never reaches a query or a path. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** At most this many ids in one "in" list. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    static boolean isFileId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Optional<StoredFile> find(String id) {
        return isFileId(id) ? Optional.ofNullable(em.find(StoredFile.class, id)) : Optional.empty();
    }

    /** The file, row-locked until the transaction ends: two attachments of one file queue. */
    public Optional<StoredFile> findForUpdate(String id) {
        return isFileId(id) ? Optional.ofNullable(em.find(StoredFile.class, id, LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    public void add(StoredFile file) {
        em.persist(file);
    }

    /** The files attached to these things of one owner, oldest first. */
    public List<StoredFile> attachedTo(String owner, Collection<String> ownerIds) {
        var files = new ArrayList<StoredFile>();
        for (List<String> chunk : chunks(ownerIds)) {
            files.addAll(em.createQuery("select f from StoredFile f where f.owner = :owner and f.ownerId in :ids"
                            + " order by f.createdAt, f.id", StoredFile.class)
                    .setParameter("owner", owner)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return files;
    }

    /** A person's uploads attached to things of one owner, oldest first. */
    public List<StoredFile> attachedBy(String profileId, String owner) {
        return em.createQuery("select f from StoredFile f where f.uploaderId = :uploader and f.owner = :owner"
                        + " order by f.createdAt, f.id", StoredFile.class)
                .setParameter("uploader", profileId).setParameter("owner", owner)
                .getResultList();
    }

    /** A person's uploads that are attached to nothing, oldest first. */
    public List<StoredFile> unattachedOf(String profileId) {
        return em.createQuery("select f from StoredFile f where f.uploaderId = :uploader and f.owner is null"
                        + " order by f.createdAt, f.id", StoredFile.class)
                .setParameter("uploader", profileId)
                .getResultList();
    }

    /** Unattached uploads made before this instant, oldest first, at most {@code max}. */
    public List<String> abandonedBefore(Instant before, int max) {
        return em.createQuery("select f.id from StoredFile f where f.owner is null and f.createdAt < :before"
                        + " order by f.createdAt", String.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Removes these rows; the directory's bytes go separately. */
    public void removeAll(Collection<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("delete from StoredFile f where f.id in :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        var all = List.copyOf(ids);
        var chunks = new ArrayList<List<String>>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
