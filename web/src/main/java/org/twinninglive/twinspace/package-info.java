/** TwinSpace (T1, T3) on pages: a project's workspace at {@code /projects/{id}/space}. */
package org.twinninglive.twinspace;
