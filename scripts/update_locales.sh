#!/usr/bin/env bash
# Refresh the translation catalogues of both add-ons from their code, templates
# and profiles (i18ndude), keeping the translations already made.
# Usage: make i18n   (or scripts/update_locales.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
I18NDUDE=${I18NDUDE:-.venv/bin/i18ndude}
LANGUAGES=(zh_CN ug kk en)

for package in policy theme; do
    domain="hami.${package}"
    source="src/${domain}/src/hami/${package}"
    locales="${source}/locales"
    mkdir -p "${locales}"
    "${I18NDUDE}" rebuild-pot --pot "${locales}/${domain}.pot" --create "${domain}" "${source}"
    for language in "${LANGUAGES[@]}"; do
        po="${locales}/${language}/LC_MESSAGES/${domain}.po"
        mkdir -p "$(dirname "${po}")"
        [ -f "${po}" ] || touch "${po}"
        "${I18NDUDE}" sync --pot "${locales}/${domain}.pot" "${po}"
    done
done
