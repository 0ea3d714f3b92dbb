"""Only what pyproject.toml cannot say: the top-level ``resources/`` folder ships inside the app
package as ``app.resources`` (package discovery finds packages by folder, so this mapped one is
added by hand). Everything else about the distribution is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["app", "app.*", "ui", "ui.*"]) + ["app.resources"],
    package_dir={"app.resources": "resources"},
)
