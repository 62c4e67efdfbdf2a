/**
 * TwinSpace (T1, T3): each open or closed project's workspace. Its title, description and cover
 * are the project's and public; inside, its members write a tree of pages whose every version is
 * kept, and the Twinboard shows the latest changes. Closing the project archives the space:
 * everything stays readable for its members, nothing changes. Who may do what is
 * {@link org.twinninglive.twinspace.SpaceAccess}'s to say.
 */
package org.twinninglive.twinspace;
