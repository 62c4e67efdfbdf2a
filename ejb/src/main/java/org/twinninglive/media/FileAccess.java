package org.twinninglive.media;

import java.util.Optional;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The access rule of a feature whose things have files attached (messages, posts, forum
 * replies): the store asks it before every download of an attached file. Implemented by one
 * {@code @ApplicationScoped} bean (or session bean) per owner; the answer must be that of the
 * thing itself, so that a file is never readable by someone who may not read what it is
 * attached to.
 */
public interface FileAccess {

    /** The owner this rule decides for, as features name it when they attach ("message"). */
    String owner();

    /**
     * Whether this viewer (empty: a visitor) may read the thing {@code ownerId}; false also when
     * it does not exist.
     */
    boolean mayRead(Optional<SignedInIdentity> viewer, String ownerId);

    /**
     * Whether pupils (T2) may read this owner's files at all: none but those of their TwinSpace, so
     * that a pupil's token reaches nothing of the platform beyond it, public things included.
     */
    default boolean readByPupils() {
        return false;
    }
}
