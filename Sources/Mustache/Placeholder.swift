// Placeholder: the Mustache module is being written.
