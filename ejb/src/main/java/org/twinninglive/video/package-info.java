/**
 * Video rooms on an OpenVidu 2.x server (E3): a room is an OpenVidu session made on its first
 * join; each person who joins gets a connection token of a role. The server is external
 * ({@code OPENVIDU_URL}, {@code OPENVIDU_SECRET}); without one, or while it does not answer,
 * rooms are unavailable and everything else works. Events use it; training sessions will too.
 */
package org.twinninglive.video;
