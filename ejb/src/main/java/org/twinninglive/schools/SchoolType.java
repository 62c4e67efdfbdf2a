package org.twinninglive.schools;

/** Kinds of school, broad enough to fit every national system. */
public enum SchoolType {
    PRE_PRIMARY,
    PRIMARY,
    SECONDARY,
    VOCATIONAL,
    SPECIAL_NEEDS,
    TEACHER_TRAINING,
    OTHER
}
