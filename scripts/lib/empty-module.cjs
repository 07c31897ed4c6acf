// Stands in for a package a bundle must not load (see scripts/build-runtime-worker.mjs).
