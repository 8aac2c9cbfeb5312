# Sourced by .ci/run and e2e.sh: installs, from Debian's packages, every program the tests run that the machine lacks.
#   chromium          the end-to-end tests' browser (playwright-core drives it)
#   pdftotext         poppler-utils: the end-to-end tests read the text of the PDF forms
install_test_programs() {
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}
