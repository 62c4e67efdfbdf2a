package org.twinninglive.people;

import java.io.Serializable;

/** A profile as others see it: what every viewer allowed to see the profile may read. */
public record PersonView(String id, String name, String country) implements Serializable {
}
