/*
 * Live policy findings in the post and wiki editors: a moment after the author stops typing (700 ms), the
 * draft is sent to the policy check and the findings panel and the highlighted preview are redrawn. The
 * check runs in the background; typing is never held up, and a slow answer to an older text is dropped.
 *
 * The findings panel says what to check: data-markdown="<textarea id>" sends that Markdown to
 * POST /api/v1/wiki/check; data-notes="<textarea id>" (the episode editor) sends the show notes and the
 * transcript (a newly chosen file's text, else the saved one in data-transcript-text), with the audience, whether
 * there is a transcript and who is heard, to POST /api/v1/policy/check; otherwise the post editor's rich text
 * goes there.
 */
(function () {
    'use strict';

    var DELAY_MS = 700;
    var LABELS = {block: 'Must fix', warn: 'Warning', info: 'Note'};
    var RANK = {block: 3, warn: 2, info: 1};

    function ready(fn) {
        if (document.readyState !== 'loading') {
            fn();
        } else {
            document.addEventListener('DOMContentLoaded', fn);
        }
    }

    /* PrimeFaces may load Quill after the page; wait for the editor widget rather than assume it. */
    function whenEditor(callback, attempt) {
        var widget = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.bodyEditor;
        if (widget && widget.editor) {
            callback(widget.editor);
        } else if ((attempt || 0) < 100) {
            setTimeout(function () { whenEditor(callback, (attempt || 0) + 1); }, 100);
        }
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function findingItem(f) {
        var li = element('li', 'finding-' + f.severity);
        li.setAttribute('data-clause', f.clause);
        li.setAttribute('data-rule', f.rule);
        li.appendChild(element('span', 'cp-severity', LABELS[f.severity] || f.severity));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(element('span', 'cp-clause', f.clause));
        if (f.excerpt) {
            var quote = element('p');
            quote.appendChild(element('mark', 'finding-' + f.severity, f.excerpt));
            li.appendChild(quote);
        }
        li.appendChild(element('p', null, f.message));
        if (f.fix) {
            var fix = element('p');
            fix.appendChild(element('strong', null, 'Fix:'));
            fix.appendChild(document.createTextNode(' ' + f.fix));
            li.appendChild(fix);
        }
        if (f.clause === 'AGREEMENT') {
            var link = element('a', null, 'Read the policy and agree');
            link.href = '/policy';
            var p = element('p');
            p.appendChild(link);
            li.appendChild(p);
        }
        return li;
    }

    function summary(findings) {
        if (findings.length === 0) {
            return 'Checked: nothing goes against the policy.';
        }
        var counts = {block: 0, warn: 0, info: 0};
        findings.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
        var parts = [];
        if (counts.block) { parts.push(counts.block + ' must fix'); }
        if (counts.warn) { parts.push(counts.warn + (counts.warn === 1 ? ' warning' : ' warnings')); }
        if (counts.info) { parts.push(counts.info + (counts.info === 1 ? ' note' : ' notes')); }
        return 'Checked: ' + parts.join(', ') + '.';
    }

    /* The text exactly as the server read it, with each finding's span marked; overlaps keep the first. */
    function renderPreview(preview, text, findings) {
        preview.textContent = '';
        var spans = findings.filter(function (f) { return f.end > f.start && f.start < text.length; })
            .sort(function (a, b) { return a.start - b.start || (RANK[b.severity] || 0) - (RANK[a.severity] || 0); });
        var at = 0;
        spans.forEach(function (f) {
            if (f.start < at) {
                return;
            }
            var end = Math.min(f.end, text.length);
            preview.appendChild(document.createTextNode(text.slice(at, f.start)));
            var mark = element('mark', 'finding-' + f.severity, text.slice(f.start, end));
            mark.setAttribute('data-clause', f.clause);
            mark.title = f.clause + ': ' + f.message;
            preview.appendChild(mark);
            at = end;
        });
        preview.appendChild(document.createTextNode(text.slice(at)));
    }

    function escaped(text) {
        var div = document.createElement('div');
        div.textContent = text;
        return div.innerHTML;
    }

    /* What is said in a WebVTT, SRT or plain-text transcript: its lines without headers, cue numbers and timings. */
    function spokenLines(transcript) {
        return transcript.split(/\r?\n/).map(function (line) { return line.replace(/<[^>]*>/g, '').trim(); })
            .filter(function (line) {
                return line && !/^WEBVTT/.test(line) && !/^\d+$/.test(line) && line.indexOf('-->') < 0
                    && !/^(NOTE|STYLE|REGION)\b/.test(line);
            });
    }

    /* The episode editor: notes and transcript as the gate composes them, and the recording's facts. */
    function episodeSource(panel, notes) {
        var file = document.getElementById(panel.getAttribute('data-transcript-file') || '');
        var transcript = panel.getAttribute('data-transcript-text') || '';
        var saved = transcript !== '';
        var listeners = [];
        function changed() {
            listeners.forEach(function (fn) { fn(); });
        }
        if (file) {
            file.addEventListener('change', function () {
                if (!file.files || !file.files[0] || !window.FileReader) {
                    return;
                }
                var reader = new FileReader();
                reader.onload = function () {
                    transcript = String(reader.result);
                    changed();
                };
                reader.readAsText(file.files[0]);
            });
        }
        return {
            url: '/api/v1/policy/check',
            onChange: function (fn) {
                listeners.push(fn);
                notes.addEventListener('input', fn);
                document.querySelectorAll('input[name="audience"], input[name="peopleHeard"]').forEach(function (input) {
                    input.addEventListener('change', fn);
                });
            },
            payload: function (common) {
                var lines = spokenLines(transcript);
                var audience = document.querySelector('input[name="audience"]:checked');
                common.kind = 'episode';
                common.body = notes.value + (lines.length ? '<h2>Transcript</h2><p>'
                    + lines.map(escaped).join('</p><p>') + '</p>' : '');
                common.audience = audience ? audience.value : null;
                common.transcript = saved || lines.length > 0;
                common.heard = Array.prototype.map.call(
                    document.querySelectorAll('input[name="peopleHeard"]:checked'),
                    function (input) { return Number(input.value); });
                return common;
            }
        };
    }

    ready(function () {
        var panel = document.getElementById('findings');
        var list = document.getElementById('findings-list');
        if (!panel || !list || !window.fetch) {
            return;
        }
        var none = document.getElementById('no-findings');
        var status = document.getElementById('findings-status');
        var preview = document.getElementById('findings-preview');
        var title = document.getElementById('title');
        var site = panel.getAttribute('data-site');
        var item = panel.getAttribute('data-item');
        var timer = null;
        var latest = 0;
        var inFlight = null;

        function render(result) {
            var findings = result.findings || [];
            list.textContent = '';
            findings.forEach(function (f) { list.appendChild(findingItem(f)); });
            if (none) {
                none.style.display = findings.length ? 'none' : '';
            }
            panel.setAttribute('data-verdict', result.verdict);
            if (status) {
                status.textContent = summary(findings);
            }
            if (preview) {
                renderPreview(preview, result.text || '', findings);
            }
        }

        function check(source) {
            var mine = ++latest;
            if (inFlight && inFlight.abort) {
                inFlight.abort();
            }
            inFlight = window.AbortController ? new AbortController() : null;
            if (status) {
                status.textContent = 'Checking…';
            }
            fetch(source.url, {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
                    'X-Requested-With': 'chalkpress'},
                body: JSON.stringify(source.payload({site: site, title: title ? title.value : '',
                    item: item ? Number(item) : null})),
                signal: inFlight ? inFlight.signal : undefined
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            }).then(function (result) {
                if (mine === latest) {
                    render(result);
                }
            }).catch(function (error) {
                if (error && error.name === 'AbortError') {
                    return;
                }
                if (mine === latest && status) {
                    status.textContent = 'The live check is not available just now; save to check the text.';
                }
            });
        }

        function watch(source) {
            function later() {
                clearTimeout(timer);
                timer = setTimeout(function () { check(source); }, DELAY_MS);
            }
            source.onChange(later);
            if (title) {
                title.addEventListener('input', later);
            }
            check(source);
        }

        var markdown = document.getElementById(panel.getAttribute('data-markdown') || '');
        var notes = document.getElementById(panel.getAttribute('data-notes') || '');
        if (notes) {
            watch(episodeSource(panel, notes));
        } else if (markdown) {
            watch({
                url: '/api/v1/wiki/check',
                onChange: function (fn) { markdown.addEventListener('input', fn); },
                payload: function (common) {
                    common.markdown = markdown.value;
                    return common;
                }
            });
        } else {
            whenEditor(function (editor) {
                watch({
                    url: '/api/v1/policy/check',
                    onChange: function (fn) { editor.on('text-change', fn); },
                    payload: function (common) {
                        common.kind = 'post';
                        common.body = editor.root.innerHTML;
                        return common;
                    }
                });
            });
        }
    });
}());
