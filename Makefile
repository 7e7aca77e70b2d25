# Charter: two commands to get going.
#   make run   installs what is missing, builds, opens Charter on the default database
#   make test  installs what is missing, builds, runs the whole suite with CTest
# More: make package (the .deb), make sanitize (suite under ASan + UBSan), make fuzz.
BUILD_DIR ?= build
ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

# Debian/Ubuntu packages Charter needs to build, run and test.
PACKAGES := build-essential cmake ninja-build pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-translations-l10n \
	qt6-l10n-tools libqt6opengl6-dev libqt6svg6 libvulkan-dev libgl-dev \
	libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qtkeychain-qt6-dev \
	libspdlog-dev libsqlite3-dev sqlite3 libpq-dev \
	postgresql postgresql-client \
	xvfb xauth imagemagick poppler-utils fonts-dejavu-core \
	python3 python3-icalendar libreoffice-calc-nogui \
	dpkg-dev file desktop-file-utils appstream librsvg2-bin man-db groff-base

# Only `make fuzz` needs these (libFuzzer comes with clang's runtime libraries).
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev

# Only `make bench` needs these: LibreOffice is the baseline the board-pack PDF is
# measured against (figure 6c; skipped when it is missing). Never part of `make test`.
BENCH_PACKAGES := libreoffice-writer-nogui

# The sanitizer run (make sanitize, CMake preset "asan"): UBSan stops at the first
# finding, ASan checks leaks with the suppressions for third-party code.
SANITIZER_ENV := \
	ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps fuzz-deps bench-deps build run test bench screenshots translations package sanitize fuzz clean

all: build

# Installs only what is missing, so a second run costs nothing.
deps: PACKAGE_LIST = $(PACKAGES)
fuzz-deps: PACKAGE_LIST = $(FUZZ_PACKAGES)
bench-deps: PACKAGE_LIST = $(BENCH_PACKAGES)
deps fuzz-deps bench-deps:
	@missing=""; for p in $(PACKAGE_LIST); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/charter

# SANITIZE=1 also runs the suite under ASan + UBSan (make sanitize) afterwards.
SANITIZE ?= 0
test: build
	tests/run-tests.sh $(BUILD_DIR)
ifeq ($(SANITIZE),1)
	$(MAKE) sanitize
endif

bench: build bench-deps
	$(BUILD_DIR)/bench/charter-bench

# The views at 100%, then two of them at 200% display scaling.
screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/charter --screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/charter --screenshots $(BUILD_DIR)/screenshots-200 --scale 2
	cp $(BUILD_DIR)/screenshots-200/registry-200.png $(BUILD_DIR)/screenshots-200/editor-overview-200.png docs/screenshots/

translations: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target charter_lupdate

# The Debian package (packaging/): $(BUILD_DIR)/charter_<version>_<arch>.deb.
package: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls -1 $(BUILD_DIR)/charter_*.deb

# The whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer (preset asan).
sanitize: deps
	cmake --preset asan -B $(ASAN_DIR)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	env $(SANITIZER_ENV) tests/run-tests.sh $(ASAN_DIR)

# libFuzzer targets (fuzz/), each run for FUZZ_SECONDS on its seed corpus.
fuzz: deps fuzz-deps
	cmake --preset fuzz -B $(FUZZ_DIR)
	cmake --build $(FUZZ_DIR) --target charter_fuzzers -j $(JOBS)
	fuzz/run-fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)
