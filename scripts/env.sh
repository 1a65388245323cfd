# Sourced by the scripts: puts the project's tools first on PATH.
# wasm-opt 132 from npm (Debian's binaryen corrupts the output, see TOOLCHAIN.md).
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
