"""Files handed to the app at launch or by a second launch, the single running instance, and the keys held while
the window completes itself after its first paint."""
