"""machina applications overridden the way machina intends: same app label, our
package listed in INSTALLED_APPS instead of machina's, and `get_class` picks our
modules first and falls back to machina's for everything we do not redefine."""
