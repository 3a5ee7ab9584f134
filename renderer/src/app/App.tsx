export function App() {
  return <main>Readiness Room</main>;
}
