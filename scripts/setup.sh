#!/usr/bin/env bash
# npm run setup: the programs the tests use, checked; installed with apt-get when this user may, else named exactly.
# Used by `npm test` and by .ci/run, so a fresh machine either gets them or stops here with the line to type.
# NQ57_SETUP=check only checks (never installs).
set -u

# program|Debian package|why (what needs it)
REQUIRED=(
  "libreoffice|libreoffice-calc|LibreOffice mở và in các tệp .xlsx (opens and prints the .xlsx files)"
  "localc|libreoffice-calc|LibreOffice Calc"
  "lowriter|libreoffice-writer|LibreOffice Writer chuyển .docx sang PDF (converts .docx to PDF)"
  "chromium|chromium|Chromium chạy thử khung tác vụ và thanh bên (runs the pane and sidebar tests)"
  "pdftoppm|poppler-utils|pdftoppm chụp trang PDF (PDF pages to PNG)"
  "pdftotext|poppler-utils|pdftotext đọc chữ trong PDF (PDF text)"
  "xmllint|libxml2-utils|xmllint kiểm tra manifest.xml (checks manifest.xml)"
  "fc-list|fontconfig|fc-list liệt kê phông chữ (lists fonts)"
)
FONT_PACKAGE=fonts-dejavu-core

missing_packages() {
  local list=() entry prog pkg
  add() { [[ " ${list[*]-} " == *" $1 "* ]] || list+=("$1"); }
  for entry in "${REQUIRED[@]}"; do
    IFS='|' read -r prog pkg _ <<<"$entry"
    command -v "$prog" >/dev/null 2>&1 || add "$pkg"
  done
  # LibreOffice lays out text with these fonts; without any font every page renders blank.
  if ! command -v fc-list >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi dejavu; then add "$FONT_PACKAGE"; fi
  echo "${list[*]-}"
}

report_missing() {
  local entry prog pkg why
  for entry in "${REQUIRED[@]}"; do
    IFS='|' read -r prog pkg why <<<"$entry"
    command -v "$prog" >/dev/null 2>&1 || echo "  - $prog ($pkg): $why" >&2
  done
}

need="$(missing_packages)"
if [ -z "${need// /}" ]; then
  echo "nq57 setup: đã có đủ chương trình cho các bài kiểm thử (all test programs present)."
  exit 0
fi

# Root, or sudo that asks no password: install. Anything else must not hang waiting for a password.
SUDO=""
can_install=no
if [ "${NQ57_SETUP:-}" != "check" ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u 2>/dev/null || echo 1)" = "0" ]; then can_install=yes
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; can_install=yes
  fi
fi

if [ "$can_install" = yes ]; then
  echo "nq57 setup: cài (installing) $need"
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends $need; then
    still="$(missing_packages)"
    if [ -z "${still// /}" ]; then echo "nq57 setup: xong (done)."; exit 0; fi
    need="$still"
  fi
fi

{
  echo "nq57 setup: thiếu chương trình cần cho các bài kiểm thử (programs the tests need are missing):"
  report_missing
  echo "Cài bằng lệnh sau rồi chạy lại (install them, then run again):"
  echo ""
  echo "  sudo apt-get install -y --no-install-recommends $need"
  echo ""
} >&2
exit 1
