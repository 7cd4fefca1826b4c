"""The expert's side of the end-to-end tests: `konkurs --grade PACKAGE.xml`
driven through the accessibility tree, as an expert grading on a laptop
would: each essay's points typed into the rubric's fields, a comment, Next,
and Save Results… through the file chooser.

    from konkurs_grading import Grading
    grading = Grading(BINARY, package_path)
    grading.grade({"YR-0001": [2, 1, 1], ...}, comments={"YR-0001": "…"})
    grading.save_results(results_path)
    grading.close()

Another test (the Essays area's end to end) gets the package from Export
Packages and hands the results file to Import Results.  The window speaks
the language of the test's environment; the helper reads the English one."""

import re

import pyatspi

from konkurs_e2e import App, button_named, choose_file, dump, log, text_of, walk, wait_for

PROGRESS = re.compile(r"^(\d+) of (\d+) essays? graded$")


class Grading:
    """The grading window of one package, in a process of its own."""

    def __init__(self, binary, package, extra_env=None):
        self.app = App(binary, None, extra_env, args=["--grade", package])
        self.window = self.app.window
        wait_for("the first essay", self.current)

    def labels(self):
        found = []
        for acc in walk(self.window):
            try:
                if acc.getRoleName() == "label":
                    found.append(text_of(acc))
            except Exception:
                continue
        return found

    def current(self):
        """The personal code of the essay shown ("Essay CODE")."""
        for text in self.labels():
            if text.startswith("Essay "):
                return text[len("Essay "):]
        return None

    def progress(self):
        """(graded, essays) as the header says them."""
        for text in self.labels():
            m = PROGRESS.match(text)
            if m:
                return int(m.group(1)), int(m.group(2))
        return None

    def fields(self):
        """The points fields of the rubric, in its order."""
        return [acc for acc in walk(self.window) if acc.getRoleName() == "spin button"]

    def comment_field(self):
        return self.app.find("text", "Comment", root=self.window)

    def type_points(self, points):
        fields = self.fields()
        assert len(fields) == len(points), ("the rubric has %d criteria" % len(fields), points)
        for field, value in zip(fields, points):
            self.app.type_into(field, "" if value is None else str(value))

    def type_comment(self, text):
        self.app.type_into(self.comment_field(), text)

    def _go(self, label):
        """Previous or Next; FALSE at the end of the list (the button is off)."""
        button = button_named(self.window, label)
        if button is None or not button.getState().contains(pyatspi.STATE_SENSITIVE):
            return False
        before = self.current()
        self.app.click_until(button, "the essay after %s" % label,
                             lambda: self.current() not in (None, before))
        return True

    def next(self):
        return self._go("Next")

    def first(self):
        """Back to the first essay: the window opens where the expert was."""
        while self._go("Previous"):
            pass

    def grade(self, scores, comments=None):
        """Types @scores (personal code → the points of each criterion in
        the rubric's order) essay after essay with Next, from the one shown
        and then from the first; an essay not in @scores is passed over.
        Waits until the header counts them."""
        comments = comments or {}
        graded_before = self.progress()[0]
        left = set(scores)
        rewound = False
        while left:
            code = self.current()
            if code in left:
                self.type_points(scores[code])
                if code in comments:
                    self.type_comment(comments[code])
                left.discard(code)
                log("graded", code, scores[code])
            if left and not self.next():
                if rewound:
                    raise AssertionError("essays not in the package: %s" % sorted(left))
                self.first()
                rewound = True
        complete = sum(1 for points in scores.values() if None not in points)
        wait_for("the progress to count them",
                 lambda: self.progress()[0] >= min(graded_before + complete, self.progress()[1]))

    def save_results(self, path, partial=False):
        """Save Results… into @path; with @partial, confirms that essays
        are left out."""
        self.app.click(button_named(self.window, "Save Results…"))
        if partial:
            def confirm():
                for window in self.app.windows():
                    button = button_named(window, "Save Partial Results…")
                    if button is not None:
                        return button
                return None
            self.app.click(wait_for("the question about a partial file", confirm))
        choose_file(self.app, path, "Save")

    def screenshot(self, path):
        self.app.screenshot(path)

    def dump(self):
        for window in self.app.windows():
            dump(window)

    def close(self):
        self.app.close()
