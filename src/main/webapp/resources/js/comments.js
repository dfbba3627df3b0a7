/*
 * The comment form on reading pages. Without JavaScript it is a plain form POST (to /comments/send, which
 * redirects back to the page); with it, it posts to the API (data-api) with the X-Requested-With header that
 * the API asks of browser sessions (CSRF). Whatever the server decides is stored with the comment — on the
 * page, waiting for the teacher, or kept as a draft with what to fix — so the page is simply reloaded to show it.
 * Only a refusal that stores nothing (an empty comment, not allowed) is shown here, with the text untouched.
 */
(function () {
    'use strict';

    function show(form, message) {
        var box = form.querySelector('#comment-feedback');
        box.textContent = '';
        var p = document.createElement('p');
        p.textContent = message;
        box.appendChild(p);
    }

    function onSubmit(event) {
        var form = event.target;
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        fetch(form.getAttribute('data-api'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-Requested-With': 'chalkpress', 'Accept': 'application/json'},
            body: new URLSearchParams(new FormData(form))
        }).then(function (response) {
            if (response.status === 201 || response.status === 422) {
                window.location.hash = 'comments';
                window.location.reload();
                return null;
            }
            return response.json().then(function (problem) {
                show(form, problem.detail || problem.title || 'Your comment could not be sent. Please try again.');
            });
        }).catch(function () {
            show(form, 'Your comment could not be sent (no connection?). Your text is still here; try again.');
        }).then(function () {
            button.disabled = false;
        });
    }

    function ready() {
        var form = document.querySelector('form[data-cp-comment-form]');
        if (form) {
            form.addEventListener('submit', onSubmit);
        }
    }

    if (document.readyState !== 'loading') {
        ready();
    } else {
        document.addEventListener('DOMContentLoaded', ready);
    }
}());
