/** The Central Support Service's administration pages. */
package org.twinninglive.admin;
