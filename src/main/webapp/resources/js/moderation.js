/*
 * Keyboard work on the moderation queue: j / k move between comments, a approves, r goes to the reason box
 * (Enter there rejects), e opens the editor, x ticks the comment for bulk actions. Keys typed into a field
 * are left alone, except Escape, which returns to the list.
 */
(function () {
    'use strict';

    var current = -1;

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll('.cp-moderation-row'));
    }

    function select(index) {
        var all = rows();
        if (all.length === 0) {
            return null;
        }
        current = Math.max(0, Math.min(all.length - 1, index));
        all.forEach(function (row, i) {
            row.classList.toggle('cp-current', i === current);
            row.setAttribute('aria-current', i === current ? 'true' : 'false');
        });
        all[current].focus();
        all[current].scrollIntoView({block: 'nearest'});
        return all[current];
    }

    function row() {
        return current >= 0 ? rows()[current] : select(0);
    }

    function openEditor(target) {
        var editor = target.querySelector('.cp-edit');
        editor.hidden = false;
        editor.querySelector('textarea').focus();
    }

    function onKey(event) {
        var field = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
        if (field) {
            if (event.key === 'Escape') {
                event.target.blur();
                select(current);
            } else if (event.key === 'Enter' && event.target.classList.contains('cp-reason')) {
                event.preventDefault();
                event.target.closest('.cp-moderation-row').querySelector('.cp-reject').click();
            }
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var target;
        switch (event.key) {
            case 'j': select(current + 1); break;
            case 'k': select(current - 1); break;
            case 'a':
                target = row();
                if (target && target.querySelector('.cp-approve')) {
                    target.querySelector('.cp-approve').click();
                }
                break;
            case 'r':
                target = row();
                if (target) {
                    event.preventDefault();
                    target.querySelector('.cp-reason').focus();
                }
                break;
            case 'e':
                target = row();
                if (target) {
                    event.preventDefault();
                    openEditor(target);
                }
                break;
            case 'x':
                target = row();
                if (target) {
                    target.querySelector('.cp-pick').click();
                }
                break;
            default: return;
        }
    }

    function ready() {
        document.addEventListener('keydown', onKey);
        rows().forEach(function (r, i) {
            r.addEventListener('click', function () { current = i; });
            r.querySelector('.cp-edit-toggle').addEventListener('click', function () { current = i; openEditor(r); });
        });
    }

    if (document.readyState !== 'loading') {
        ready();
    } else {
        document.addEventListener('DOMContentLoaded', ready);
    }
}());
