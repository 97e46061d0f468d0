"""What the core's generated headers share: their banner and how they are
written.  Used by generate_calling_codes.py and generate_country_names.py, so
that every generated file says the same thing, in the same words, about
where it comes from and how to remake it."""

import os
import tempfile


def banner(name, summary, make_target, generator):
    """The opening lines of a generated C header's comment: its name, what it
    holds (a list of lines), and that it is generated, by which make target
    and script.  The caller goes on with its sources and notes, then closes
    the comment."""
    lines = ["/*", " * " + name]
    lines += [" *\t  " + line for line in summary]
    lines += [
        " *",
        " * GENERATED FILE: do not edit.  Regenerate with `make %s`" % make_target,
        " * (%s)." % generator,
        " *",
    ]
    return lines


def write_atomically(path, content):
    """Writes content to path through a temporary file, so that a failed run
    never leaves a truncated header behind for the build."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
