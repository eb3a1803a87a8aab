"""The RTL article view: text, painted highlights, word snapping and hidden-character reveal."""
