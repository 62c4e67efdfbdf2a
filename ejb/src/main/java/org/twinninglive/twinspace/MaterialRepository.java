package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The folders and albums of the TwinSpaces' materials. */
@ApplicationScoped
public class MaterialRepository {

    /** A space has at most this many folders and albums. */
    public static final int MOST_FOLDERS = 100;

    @PersistenceContext
    EntityManager em;

    public void add(SpaceFolder folder) {
        em.persist(folder);
    }

    public Optional<SpaceFolder> find(String folderId) {
        return Optional.ofNullable(folderId == null || folderId.length() > 36 ? null : em.find(SpaceFolder.class, folderId));
    }

    /** A folder of this space, or none (another space's is none). */
    public Optional<SpaceFolder> folder(String projectId, String folderId) {
        return find(folderId).filter(f -> f.projectId().equals(projectId));
    }

    /** The space's folders and albums by name, at most {@link #MOST_FOLDERS}. */
    public List<SpaceFolder> folders(String projectId) {
        return em.createQuery("select f from SpaceFolder f where f.projectId = :project order by lower(f.name), f.id",
                        SpaceFolder.class)
                .setParameter("project", projectId)
                .setMaxResults(MOST_FOLDERS)
                .getResultList();
    }

    /** Whether the space has a folder of this name, whatever its case. */
    public boolean hasFolderNamed(String projectId, String name) {
        return !em.createQuery("select f.id from SpaceFolder f where f.projectId = :project and lower(f.name) = :name",
                        String.class)
                .setParameter("project", projectId).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1).getResultList().isEmpty();
    }

    public long countFolders(String projectId) {
        return em.createQuery("select count(f) from SpaceFolder f where f.projectId = :project", Long.class)
                .setParameter("project", projectId).getSingleResult();
    }

    /** These folders, by id, in one query. */
    public java.util.Map<String, SpaceFolder> folders(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select f from SpaceFolder f where f.id in :ids", SpaceFolder.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(SpaceFolder::id, f -> f));
    }

    /** The folders this person made, for their export. */
    public List<SpaceFolder> foldersBy(String profileId) {
        return em.createQuery("select f from SpaceFolder f where f.createdBy = :person order by f.createdAt",
                        SpaceFolder.class)
                .setParameter("person", profileId).getResultList();
    }

    /** A person's erasure: the folders they made stay, the space's, made by no one. */
    public void forget(String profileId) {
        em.createQuery("update SpaceFolder f set f.createdBy = null where f.createdBy = :person")
                .setParameter("person", profileId).executeUpdate();
    }
}
