/*
 * An online event's video room (events/room.xhtml, E3). "Join" asks the platform for this
 * person's token (POST data-token-url: events.EventRoomTokenServlet), then joins the OpenVidu
 * session with openvidu-browser (window.OpenVidu, bundled with the platform): the browser asks to
 * use the camera and microphone, this person's tile comes first, each other participant's stream
 * gets a tile with their name. Microphone, camera, screen sharing and leaving are buttons. Every
 * text comes from the room's data attributes, in the page's language; what happens is said in the
 * status line that screen readers announce. The role the platform gave is kept in data-role.
 */
(function () {
    'use strict';

    let session = null;
    let publisher = null;
    let cameraTrack = null;
    let screenTrack = null;

    function room() {
        return document.getElementById('video-room');
    }

    function say(key, extra) {
        const status = document.getElementById('room-status');
        if (status) {
            status.textContent = room().dataset[key] + (extra ? ' ' + extra : '');
        }
    }

    function state(value) {
        room().dataset.state = value;
    }

    /** A participant's name, from the connection's data ({"name": …} as the platform set it). */
    function nameOf(connection) {
        try {
            const data = (connection && connection.data) || '';
            const server = data.includes('%/%') ? data.split('%/%')[1] : data;
            return JSON.parse(server).name || '';
        } catch (notJson) {
            return '';
        }
    }

    function tile(id, name) {
        const item = document.createElement('li');
        item.className = 'video-tile';
        item.id = 'tile-' + id;
        const video = document.createElement('div');
        video.className = 'video-stream';
        const caption = document.createElement('span');
        caption.className = 'video-name';
        caption.textContent = name;
        item.append(video, caption);
        document.getElementById('room-tiles').append(item);
        return video;
    }

    /** A toggle button's state (its name stays: "Microphone", pressed or not). */
    function toggle(button, on) {
        button.setAttribute('aria-pressed', String(on));
    }

    async function join() {
        const joinButton = document.getElementById('room-join');
        joinButton.disabled = true;
        state('connecting');
        say('connecting');
        let answer;
        try {
            const response = await fetch(room().dataset.tokenUrl, {method: 'POST', credentials: 'same-origin',
                headers: {'Accept': 'application/json'}});
            answer = await response.json();
            if (!response.ok) {
                state('refused');
                document.getElementById('room-status').textContent = answer.message || room().dataset.failed;
                joinButton.disabled = false;
                return;
            }
        } catch (unreachable) {
            state('failed');
            say('failed');
            joinButton.disabled = false;
            return;
        }
        room().dataset.role = answer.role;
        if (typeof window.OpenVidu !== 'function') {
            state('failed');
            say('noLibrary');
            return;
        }
        let current = null;
        try {
            const openVidu = new window.OpenVidu();
            if (typeof openVidu.enableProdMode === 'function') {
                openVidu.enableProdMode();
            }
            current = openVidu.initSession();
            session = current;
            const mine = current;
            // events of an earlier session (a join tried again) change nothing of this one
            current.on('streamCreated', function (event) {
                if (session !== mine) {
                    return;
                }
                const where = tile(event.stream.streamId, nameOf(event.stream.connection));
                mine.subscribe(event.stream, where);
            });
            current.on('streamDestroyed', function (event) {
                const gone = document.getElementById('tile-' + event.stream.streamId);
                if (session === mine && gone) {
                    gone.remove();
                }
            });
            current.on('sessionDisconnected', function (event) {
                if (session !== mine) {
                    return;
                }
                leave(event && event.reason === 'sessionClosedByServer' ? 'closedByOrganiser' : 'left');
            });
            await current.connect(answer.token);
            publisher = await openVidu.initPublisherAsync(tile('me', room().dataset.you), {
                publishAudio: true, publishVideo: true, insertMode: 'APPEND', mirror: true
            });
            await current.publish(publisher);
            const stream = publisher.stream && publisher.stream.getMediaStream && publisher.stream.getMediaStream();
            cameraTrack = stream ? stream.getVideoTracks()[0] : null;
            document.getElementById('room-before').hidden = true;
            document.getElementById('room-controls').hidden = false;
            if (!(navigator.mediaDevices && navigator.mediaDevices.getDisplayMedia)) {
                document.getElementById('room-share').hidden = true; // no screen to share here (phones)
            }
            state('connected');
            say('connected');
            document.getElementById('room-mic').focus();
        } catch (failed) {
            // not in the room half-way: no one heard without being seen, nothing left connected
            const denied = failed && (failed.name === 'DEVICE_ACCESS_DENIED' || failed.name === 'NotAllowedError');
            session = null;
            if (current) {
                try {
                    current.disconnect();
                } catch (ignored) {
                    // already gone
                }
            }
            publisher = null;
            document.getElementById('room-tiles').replaceChildren();
            state('failed');
            say(denied ? 'denied' : 'failed');
            joinButton.disabled = false;
        }
    }

    /** Out of the room: the tiles gone, the first step back with its Join button. */
    function leave(key) {
        session = null;
        publisher = null;
        if (screenTrack) {
            screenTrack.stop();
            screenTrack = null;
        }
        document.getElementById('room-tiles').replaceChildren();
        document.getElementById('room-controls').hidden = true;
        document.getElementById('room-before').hidden = false;
        const joinButton = document.getElementById('room-join');
        joinButton.disabled = false;
        state('left');
        say(key);
        joinButton.focus();
    }

    async function share(button) {
        if (!publisher) {
            return;
        }
        if (screenTrack) {
            screenTrack.stop();
            screenTrack = null;
            if (cameraTrack) {
                await publisher.replaceTrack(cameraTrack);
            }
            toggle(button, false);
            return;
        }
        try {
            const screen = await navigator.mediaDevices.getDisplayMedia({video: true});
            screenTrack = screen.getVideoTracks()[0];
            screenTrack.addEventListener('ended', function () {
                if (screenTrack) {
                    share(button);
                }
            });
            await publisher.replaceTrack(screenTrack);
            toggle(button, true);
        } catch (notShared) {
            screenTrack = null;
        }
    }

    document.addEventListener('click', function (event) {
        const button = event.target.closest('button');
        if (!button || !room()) {
            return;
        }
        switch (button.id) {
            case 'room-join':
                join();
                break;
            case 'room-mic':
                if (publisher) {
                    const on = button.getAttribute('aria-pressed') !== 'true';
                    publisher.publishAudio(on);
                    toggle(button, on);
                }
                break;
            case 'room-camera':
                if (publisher) {
                    const on = button.getAttribute('aria-pressed') !== 'true';
                    publisher.publishVideo(on);
                    toggle(button, on);
                }
                break;
            case 'room-share':
                share(button);
                break;
            case 'room-leave':
                if (session) {
                    const leaving = session;
                    leave('left');
                    leaving.disconnect();
                }
                break;
            default:
        }
    });
}());
