// Worker thread entry: placeholder.
export {};
