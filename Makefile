# Charter: two commands to get going.
#   make run   installs what is missing, builds, opens Charter on the default database
#   make test  installs what is missing, builds, runs the whole suite with CTest
BUILD_DIR ?= build
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

# Debian/Ubuntu packages Charter needs to build, run and test.
PACKAGES := build-essential cmake ninja-build pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools libqt6opengl6-dev libqt6svg6 libvulkan-dev libgl-dev \
	libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins \
	libspdlog-dev libsqlite3-dev sqlite3 \
	postgresql postgresql-client \
	xvfb xauth imagemagick poppler-utils fonts-dejavu-core \
	python3

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench screenshots translations package clean

all: build

# Installs only what is missing, so a second run costs nothing.
deps:
	@missing=""; for p in $(PACKAGES); do \
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

test: build
	tests/run-tests.sh $(BUILD_DIR)

bench: build
	$(BUILD_DIR)/bench/charter-bench

screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/charter --screenshots docs/screenshots

translations: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target charter_lupdate

package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
