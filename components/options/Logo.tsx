export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      <rect width="32" height="32" rx="9" fill="#0f766e" />
      <path d="M16 24.5s-7.5-4.6-7.5-10.1A4.4 4.4 0 0 1 16 11.6a4.4 4.4 0 0 1 7.5 2.8c0 5.5-7.5 10.1-7.5 10.1Z" fill="#ecfdf5" />
    </svg>
  );
}
