/*
 * The upload widget (WEB-INF/includes/upload.xhtml): each file chosen in a [data-upload] field goes
 * to the store (media.UploadServlet), one at a time, its progress in the <progress> bar and in the
 * status that screen readers announce, then its outcome there, a line a file; each stored file's id
 * goes to the page's p:remoteCommand (data-command), which attaches it and redraws the list. Every
 * text comes from the widget's data attributes, in the page's language. It listens on the document
 * and finds the widget again by the input's id at every step, so that one redrawn by AJAX works on.
 */
(function () {
    'use strict';

    const MEGABYTE = 1024 * 1024;
    /** The files still to send, by the id of the input they were chosen in. */
    const queues = new Map();

    function widgetOf(inputId) {
        const input = document.getElementById(inputId);
        return input ? input.closest('[data-upload]') : null;
    }

    /** A bundle text with its {0}, {1}… filled in. */
    function fill(text, values) {
        return text.replace(/\{(\d+)\}/g, (whole, index) => Number(index) < values.length ? String(values[Number(index)]) : whole);
    }

    function statusOf(inputId) {
        const widget = widgetOf(inputId);
        return widget ? widget.querySelector('[role="status"]') : null;
    }

    /**
     * Writes into the status's last line: the file being sent, which each step replaces, until
     * its outcome makes the line one that stays until other files are chosen, so that a refusal
     * is not replaced by the next file's progress.
     */
    function write(inputId, key, values, kind) {
        const status = statusOf(inputId);
        if (!status) {
            return;
        }
        let line = status.querySelector('.upload-now');
        if (!line) {
            line = document.createElement('span');
            status.append(line);
        }
        line.className = kind;
        line.textContent = fill(status.closest('[data-upload]').dataset[key], values);
    }

    function tell(inputId, key, values) {
        write(inputId, key, values, 'upload-now');
    }

    function conclude(inputId, key, values) {
        write(inputId, key, values, 'upload-outcome');
    }

    /** Shows the bar at that percentage, or moving without one (undefined), or hides it (null). */
    function progress(inputId, percent) {
        const widget = widgetOf(inputId);
        const bar = widget ? widget.querySelector('progress') : null;
        if (!bar) {
            return;
        }
        bar.hidden = percent === null;
        if (percent === undefined) {
            bar.removeAttribute('value');
        } else if (percent !== null) {
            bar.value = percent;
        }
    }

    function next(inputId) {
        const file = queues.get(inputId).shift();
        if (!file) {
            queues.delete(inputId);
            progress(inputId, null);
            return;
        }
        send(inputId, file, () => next(inputId));
    }

    function send(inputId, file, done) {
        const widget = widgetOf(inputId);
        if (!widget) {
            done();
            return;
        }
        const data = widget.dataset;
        if (file.size > Number(data.megabytes) * MEGABYTE) {
            conclude(inputId, 'refused', [file.name, fill(data.tooLarge, [data.megabytes])]);
            done();
            return;
        }
        const body = new FormData();
        body.append('use', data.use);
        body.append('file', file, file.name);
        const request = new XMLHttpRequest();
        let saidStep = 0;
        request.upload.addEventListener('progress', event => {
            if (!event.lengthComputable) {
                progress(inputId, undefined);
                return;
            }
            const percent = Math.floor(event.loaded * 100 / event.total);
            progress(inputId, percent);
            // the status in steps of ten, so that a screen reader is not flooded
            const step = percent - percent % 10;
            if (step !== saidStep) {
                saidStep = step;
                tell(inputId, 'sending', [file.name, step]);
            }
        });
        request.addEventListener('load', () => {
            const answer = request.response;
            if (request.status === 201 && answer && answer.id) {
                attach(inputId, answer, done);
                return;
            }
            if (answer && answer.message) {
                conclude(inputId, 'refused', [file.name, answer.message]);
            } else {
                conclude(inputId, 'failed', [file.name]);
            }
            done();
        });
        for (const failure of ['error', 'abort', 'timeout']) {
            request.addEventListener(failure, () => {
                conclude(inputId, 'failed', [file.name]);
                done();
            });
        }
        request.open('POST', data.upload);
        request.responseType = 'json';
        request.setRequestHeader('Accept', 'application/json');
        progress(inputId, 0);
        tell(inputId, 'sending', [file.name, 0]);
        request.send(body);
    }

    /** Hands the stored file to the page; its refusal (a callback parameter) is the file's outcome. */
    function attach(inputId, stored, done) {
        const widget = widgetOf(inputId);
        const command = widget ? window[widget.dataset.command] : undefined;
        if (typeof command !== 'function') {
            conclude(inputId, 'failed', [stored.name]);
            done();
            return;
        }
        // then() runs once PrimeFaces has drawn the answer and read its callback parameters
        command({fileId: stored.id}).then(answer => {
            const refusal = answer.jqXHR.pfArgs ? answer.jqXHR.pfArgs.refusal : undefined;
            if (refusal) {
                conclude(inputId, 'refused', [stored.name, refusal]);
            } else {
                conclude(inputId, 'done', [stored.name]);
            }
            done();
        }, () => {
            conclude(inputId, 'failed', [stored.name]);
            done();
        });
    }

    document.addEventListener('change', event => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.closest('[data-upload]')
                || !input.id || input.files.length === 0) {
            return;
        }
        const files = Array.from(input.files);
        // emptied, so that choosing the same file again is a change too
        input.value = '';
        if (queues.has(input.id)) {
            queues.get(input.id).push(...files);
            return;
        }
        queues.set(input.id, files);
        const status = statusOf(input.id);
        if (status) {
            status.replaceChildren();
        }
        next(input.id);
    });
}());
