/**
 * The read-along page's script, run by the browser. It reads the sentences'
 * times from the page's JSON (`#altformat-marks`), and as the audio plays or is
 * moved: marks the sentence being read (class `altformat-current` and
 * `aria-current="true"`, unless highlighting is off), and keeps it in view.
 * A click on a sentence, or Enter or Space on it, plays from it; the rate
 * control sets the speed. Plain ES2017, no modules: it runs from a file too.
 */
export const playerScript = `(function () {
  'use strict';
  var marks = JSON.parse(document.getElementById('altformat-marks').textContent);
  var audio = document.getElementById('altformat-audio');
  var current = null;

  // The controls that need this script: the speed (0.5× to 3×) and the highlight switch.
  function label(text, control, after) {
    var element = document.createElement('label');
    if (after) { element.append(control, text); } else { element.append(text, control); }
    audio.parentNode.append(element);
    return control;
  }
  // The labels in the article's language, from the player's data attributes.
  var words = audio.parentNode.dataset;
  var rate = label(words.speed + ' ', document.createElement('select'));
  rate.id = 'altformat-rate';
  [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3].forEach(function (value) {
    rate.append(new Option(value + '×', String(value), value === 1, value === 1));
  });
  var highlight = document.createElement('input');
  highlight.type = 'checkbox';
  highlight.id = 'altformat-highlight';
  highlight.checked = true;
  label(' ' + words.highlight, highlight, true);

  // The last sentence whose time has come: marks are in order.
  function sentenceAt(seconds) {
    var ms = seconds * 1000, low = 0, high = marks.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (marks[middle].time <= ms + 1) { found = middle; low = middle + 1; } else { high = middle - 1; }
    }
    return found < 0 ? null : marks[found].id;
  }

  function show(id) {
    var next = id && highlight.checked ? document.getElementById(id) : null;
    if (next === current) return;
    if (current) { current.classList.remove('altformat-current'); current.removeAttribute('aria-current'); }
    current = next;
    if (!current) return;
    current.classList.add('altformat-current');
    current.setAttribute('aria-current', 'true');
    var box = current.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) current.scrollIntoView({block: 'center'});
  }

  function update() { show(sentenceAt(audio.currentTime)); }
  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', update);
  // Between timeupdate events (a quarter of a second apart), follow the audio closely.
  audio.addEventListener('play', function frame() { update(); if (!audio.paused) requestAnimationFrame(frame); });
  highlight.addEventListener('change', update);
  rate.addEventListener('change', function () { audio.playbackRate = Number(rate.value); });

  function playFrom(id) {
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].id === id) {
        audio.currentTime = marks[i].time / 1000;
        var playing = audio.play();
        if (playing && playing.catch) playing.catch(function () {});
        return;
      }
    }
  }
  marks.forEach(function (mark) {
    var element = document.getElementById(mark.id);
    if (!element) return;
    element.addEventListener('click', function () { playFrom(mark.id); });
    element.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); playFrom(mark.id); }
    });
  });
})();`
