/** TwinSpace (T1, T3) through the API: a project's workspace, its pages and their history. */
package org.twinninglive.twinspace;
