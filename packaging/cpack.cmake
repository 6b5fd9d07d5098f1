# The Debian package: in a build folder, `cpack -G DEB` (or plain `cpack`) writes
# irdash_<version>_<arch>.deb from the install rules. The version is project()'s.
# Included at the end of the top-level CMakeLists.txt. packaging/check-deb.sh builds,
# installs, checks and removes it. A new version needs a <release> in the metainfo and an
# entry at the top of packaging/changelog: configuring fails until both are there.

set(CPACK_PACKAGE_NAME irdash)
set(CPACK_PACKAGE_VENDOR "irdash developers")
set(CPACK_PACKAGE_CONTACT "irdash developers <maintainers@irdash.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${IRDASH_SUMMARY})
set(CPACK_PACKAGE_DESCRIPTION
"irdash loads a company's quarterly figures into SQLite and shows them as the
charts of an investor-relations presentation: revenue mix, gross margin ratios,
cloud revenue and personnel. It compares last year's actuals with this year's
targets and keeps every figure traceable to its period, unit, basis (reported,
derived or target) and source.

Charts export as PNG, SVG, PDF or CSV from the window or the command line
(irdash export), and every label switches between English and Japanese.
The bundled dataset is Internet Initiative Japan's results for 1Q FY2013 and
the quarters around it.")
# Stripped; packaging/CMakeLists.txt also removes .comment and .note, as dh_strip does.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# dpkg-shlibdeps (dpkg-dev) adds the libraries the binary links: libqt6core6, libqt6gui6
# (on Debian 12 it carries the xcb and offscreen platform plugins; qt6-qpa-plugins only
# has vnc), libqt6widgets6, libqt6charts6, libqt6sql6, libqt6svg6, libqt6printsupport6,
# libc6, libstdc++6, libgcc-s1, each with its minimum version.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binary needs at run time without linking it: the SQLite driver plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# What Japanese wants and can do without: the CJK font for chart text (91 MB; without it
# the charts use the application font and say so once) and Qt's own Japanese strings
# (qtbase_ja.qm; without it Qt's dialogs stay English).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

include(CPack)
