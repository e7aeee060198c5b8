"""Data files of installed packages are found without importing the packages."""

import subprocess
import sys

import pytest

from framing.lexicons import package_folder


def test_package_folder_holds_the_package_data():
    assert (package_folder("textblob") / "en" / "en-lexicon.txt").is_file()


def test_package_folder_of_a_missing_package_says_so():
    with pytest.raises(ImportError, match="no_such_package_xyz"):
        package_folder("no_such_package_xyz")


def test_word_classes_do_not_import_textblob():
    code = ("import sys; from framing.text.word_class import penn_tag; penn_tag('attack'); "
            "print('textblob' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
