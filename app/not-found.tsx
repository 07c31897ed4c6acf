import Link from "next/link";

export default function NotFound() {
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4 text-center">
      <div>
        <p className="text-sm font-semibold text-emerald-600">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">This page does not exist</h1>
        <p className="mt-2 text-sm text-slate-500">The journey may have been deleted.</p>
        <Link href="/journeys" className="mt-6 inline-block text-sm font-medium text-emerald-700 hover:underline">Back to journeys</Link>
      </div>
    </main>
  );
}
