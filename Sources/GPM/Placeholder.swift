// Placeholder: the GPM module is being written.
