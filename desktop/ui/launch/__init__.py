"""Files handed to the app at launch or by a second launch, and the single running instance."""
